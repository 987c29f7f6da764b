import { agileChartRoutes } from "./agile-chart-routes.js";
import { agilePlanProgressRoutes } from "./agile-plan-progress-routes.js";
import { agileSettingsRoutes } from "./agile-settings-routes.js";
import { backlogRoutes } from "./backlog-routes.js";
import { baselineRoutes } from "./baseline-routes.js";
import { careerAdviceRoutes } from "./career-advice-routes.js";
import { careerExerciseRoutes } from "./career-exercise-routes.js";
import { careerPortfolioRoutes } from "./career-portfolio-routes.js";
import { careerProfileRoutes } from "./career-profile-routes.js";
import { careerResumeRoutes } from "./career-resume-routes.js";
import { careerSuggestionRoutes } from "./career-suggestion-routes.js";
import { changeRoutes } from "./change-routes.js";
import { dashboardRoutes } from "./dashboard-routes.js";
import { eventRoutes } from "./event-routes.js";
import { forecastRoutes } from "./forecast-routes.js";
import { healthRoutes } from "./health-routes.js";
import { itemRoutes } from "./item-routes.js";
import { jiraImportRoutes } from "./jira-import-routes.js";
import { productVisionRoutes } from "./product-vision-routes.js";
import { projectRoutes } from "./project-routes.js";
import { raidRoutes } from "./raid-routes.js";
import { resourceRoutes } from "./resource-routes.js";
import type { Route } from "./route.js";
import { sessionRoutes } from "./session-routes.js";
import { sprintRoutes } from "./sprint-routes.js";
import { statusReportRoutes } from "./status-report-routes.js";
import { throughputRoutes } from "./throughput-routes.js";
import { trackingRoutes } from "./tracking-routes.js";
import { workspaceRoutes } from "./workspace-routes.js";

/** Every route of the server. The role-matrix test and the OpenAPI document are built from this table. */
export const ROUTES: readonly Route[] = [
  ...healthRoutes,
  ...sessionRoutes,
  ...workspaceRoutes,
  ...projectRoutes,
  ...itemRoutes,
  ...baselineRoutes,
  ...resourceRoutes,
  ...forecastRoutes,
  ...raidRoutes,
  ...changeRoutes,
  ...trackingRoutes,
  ...statusReportRoutes,
  ...dashboardRoutes,
  ...agileSettingsRoutes,
  ...productVisionRoutes,
  ...backlogRoutes,
  ...sprintRoutes,
  ...agileChartRoutes,
  ...agilePlanProgressRoutes,
  ...jiraImportRoutes,
  ...throughputRoutes,
  ...careerProfileRoutes,
  ...careerSuggestionRoutes,
  ...careerAdviceRoutes,
  ...careerExerciseRoutes,
  ...careerPortfolioRoutes,
  ...careerResumeRoutes,
  ...eventRoutes,
];
