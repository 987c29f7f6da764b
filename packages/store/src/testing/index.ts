export { openTestDatabase, TEST_DRIVERS, type TestDatabase, type TestDriver } from "./test-database.js";
