export type { PortfolioDocument, PortfolioMilestone, PortfolioProject } from "./portfolio-document.js";
export { portfolioHtml } from "./portfolio-html.js";
export { portfolioMarkdown } from "./portfolio-markdown.js";
export {
  NO_PROJECT,
  RESUME_TITLE,
  type ResumeDocument,
  resumeSections,
  resumeTitle,
} from "./resume-document.js";
export { resumeMarkdown } from "./resume-markdown.js";
export { RESUME_TEXT_WIDTH, resumeText } from "./resume-text.js";
export { statusHtml } from "./status-html.js";
export { statusMarkdown } from "./status-markdown.js";
export { statusText } from "./status-text.js";
