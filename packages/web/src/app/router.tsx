import { createBrowserRouter, Navigate } from "react-router";
import { Setup } from "../auth/Setup.js";
import { SignIn } from "../auth/SignIn.js";
import { PlanView } from "../plan/PlanView.js";
import { Portfolio } from "../portfolio/Portfolio.js";
import { Shell } from "./Shell.js";

/** Every page of the app. A later view adds its route under the shell. */
export const router = createBrowserRouter([
  { path: "/sign-in", element: <SignIn /> },
  { path: "/setup", element: <Setup /> },
  // A portfolio share link: public, outside the signed-in shell.
  {
    path: "/shared/portfolio/:token",
    lazy: () => import("../career/SharedPortfolio.js").then((m) => ({ Component: m.SharedPortfolio })),
  },
  {
    path: "/",
    element: <Shell />,
    children: [
      { index: true, element: <Portfolio /> },
      {
        path: "throughput",
        lazy: () => import("../throughput/ThroughputView.js").then((m) => ({ Component: m.ThroughputView })),
      },
      {
        path: "career",
        lazy: () => import("../career/CareerView.js").then((m) => ({ Component: m.CareerView })),
        children: [
          { index: true, element: <Navigate to="profile" replace /> },
          {
            path: "profile",
            lazy: () => import("../career/ProfilePage.js").then((m) => ({ Component: m.ProfilePage })),
          },
          {
            path: "evidence",
            lazy: () => import("../career/EvidencePage.js").then((m) => ({ Component: m.EvidencePage })),
          },
          {
            path: "readiness",
            lazy: () => import("../career/ReadinessPage.js").then((m) => ({ Component: m.ReadinessPage })),
          },
          {
            path: "certifications",
            lazy: () =>
              import("../career/CertificationsPage.js").then((m) => ({ Component: m.CertificationsPage })),
          },
          {
            path: "resume",
            lazy: () => import("../career/ResumePage.js").then((m) => ({ Component: m.ResumePage })),
          },
          {
            path: "match",
            lazy: () => import("../career/MatchPage.js").then((m) => ({ Component: m.MatchPage })),
          },
          {
            path: "interview",
            lazy: () => import("../career/InterviewPage.js").then((m) => ({ Component: m.InterviewPage })),
          },
          {
            path: "exercises",
            lazy: () => import("../career/ExercisesPage.js").then((m) => ({ Component: m.ExercisesPage })),
          },
          {
            path: "portfolio",
            lazy: () => import("../career/PortfolioPage.js").then((m) => ({ Component: m.PortfolioPage })),
          },
        ],
      },
      { path: "projects/:projectId", element: <PlanView /> },
      // Loaded when first visited, so the plan view's download stays small.
      {
        path: "projects/:projectId/resources",
        lazy: () => import("../resources/ResourceSheet.js").then((m) => ({ Component: m.ResourceSheet })),
      },
      {
        path: "projects/:projectId/capacity",
        lazy: () => import("../capacity/CapacityView.js").then((m) => ({ Component: m.CapacityView })),
      },
      {
        path: "projects/:projectId/forecast",
        lazy: () => import("../forecast/ForecastView.js").then((m) => ({ Component: m.ForecastView })),
      },
      {
        path: "projects/:projectId/tracking",
        lazy: () => import("../tracking/TrackingView.js").then((m) => ({ Component: m.TrackingView })),
      },
      {
        path: "projects/:projectId/status",
        lazy: () => import("../status/StatusView.js").then((m) => ({ Component: m.StatusView })),
      },
      {
        path: "projects/:projectId/dashboard",
        lazy: () => import("../dashboard/DashboardView.js").then((m) => ({ Component: m.DashboardView })),
      },
      {
        path: "projects/:projectId/raid",
        lazy: () => import("../raid/RaidView.js").then((m) => ({ Component: m.RaidView })),
      },
      {
        path: "projects/:projectId/changes",
        lazy: () => import("../change/ChangeView.js").then((m) => ({ Component: m.ChangeView })),
      },
      {
        path: "projects/:projectId/vision",
        lazy: () => import("../vision/VisionView.js").then((m) => ({ Component: m.VisionView })),
      },
      {
        path: "projects/:projectId/agile",
        lazy: () => import("../agile/AgileView.js").then((m) => ({ Component: m.AgileView })),
        children: [
          { index: true, element: <Navigate to="backlog" replace /> },
          {
            path: "backlog",
            lazy: () => import("../agile/BacklogPage.js").then((m) => ({ Component: m.BacklogPage })),
          },
          {
            path: "board",
            lazy: () => import("../agile/BoardPage.js").then((m) => ({ Component: m.BoardPage })),
          },
          {
            path: "reports",
            lazy: () => import("../agile/ReportsPage.js").then((m) => ({ Component: m.ReportsPage })),
          },
          {
            path: "setup",
            lazy: () => import("../agile/SetupPage.js").then((m) => ({ Component: m.SetupPage })),
          },
          {
            path: "import",
            lazy: () => import("../agile/ImportPage.js").then((m) => ({ Component: m.ImportPage })),
          },
        ],
      },
    ],
  },
]);
