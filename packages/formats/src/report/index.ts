export { statusHtml } from "./status-html.js";
export { statusMarkdown } from "./status-markdown.js";
export { statusText } from "./status-text.js";
