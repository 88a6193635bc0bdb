import{a}from"./chunk-V56UXSGQ.js";import"./chunk-UKLYL2VX.js";export{a as calendar};
