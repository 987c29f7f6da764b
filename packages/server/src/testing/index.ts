export {
  grantProjectRole,
  grantWorkspaceRole,
  json,
  openTestApp,
  TEST_CONFIG,
  type TestApp,
  type TestClient,
} from "./test-app.js";
