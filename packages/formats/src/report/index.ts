export type { PortfolioDocument, PortfolioMilestone, PortfolioProject } from "./portfolio-document.js";
export { portfolioHtml } from "./portfolio-html.js";
export { portfolioMarkdown } from "./portfolio-markdown.js";
export { statusHtml } from "./status-html.js";
export { statusMarkdown } from "./status-markdown.js";
export { statusText } from "./status-text.js";
