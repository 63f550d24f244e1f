// Registers <recap-post>. Safe to import more than once.
import { RecapPostElement } from "../element.js";

if (!customElements.get("recap-post")) customElements.define("recap-post", RecapPostElement);

export { RecapPostElement };
