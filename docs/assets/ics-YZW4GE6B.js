import{a}from"./chunk-PE56GC73.js";import"./chunk-TAXWNO6W.js";export{a as calendar};
