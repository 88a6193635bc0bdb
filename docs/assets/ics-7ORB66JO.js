import{a}from"./chunk-LJFWD3CN.js";import"./chunk-MSFUFSPA.js";export{a as calendar};
