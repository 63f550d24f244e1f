export { RecapPostElement } from "../element.js";
