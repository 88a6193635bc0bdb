import{a}from"./chunk-YBJ3E4RU.js";import"./chunk-MSFUFSPA.js";export{a as calendar};
