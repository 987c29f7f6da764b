import type { Term, WordList } from "./word-list.js";

/** An engineering word a hiring manager outside engineering may not know, and what it means in plain words. */
export interface JargonTerm extends Term {
  readonly plain: string;
}

/**
 * Tool language to translate into outcome language (career-facts.md: "outcome language over tool
 * language"; "expands or replaces jargon"). Widely known names (AWS, API, SQL) are left out.
 */
export const JARGON: WordList<JargonTerm> = {
  id: "jargon",
  version: 1,
  asOf: "2026-11",
  source:
    "career-facts.md § Resume rules and § Bullet quality checks; terms curated from engineering resumes",
  entries: [
    { term: "Kubernetes", aliases: ["k8s", "kube"], plain: "container platform" },
    { term: "Docker", plain: "containers" },
    { term: "Terraform", plain: "infrastructure as code" },
    { term: "IaC", plain: "infrastructure as code" },
    { term: "Ansible", plain: "configuration automation" },
    { term: "CI/CD", aliases: ["CI pipeline", "CI"], plain: "automated build and release pipeline" },
    { term: "Jenkins", plain: "build server" },
    { term: "GitHub Actions", plain: "automated build pipeline" },
    { term: "Argo CD", aliases: ["ArgoCD"], plain: "deployment automation" },
    { term: "EKS", plain: "managed container platform" },
    { term: "ECS", plain: "managed container service" },
    { term: "EC2", plain: "cloud servers" },
    { term: "S3", plain: "cloud file storage" },
    { term: "Lambda", plain: "serverless functions" },
    { term: "DynamoDB", plain: "cloud database" },
    { term: "RDS", plain: "managed database" },
    { term: "Kafka", plain: "event streaming platform" },
    { term: "RabbitMQ", plain: "message queue" },
    { term: "Redis", plain: "in-memory cache" },
    { term: "Elasticsearch", plain: "search engine" },
    { term: "PostgreSQL", aliases: ["Postgres"], plain: "database" },
    { term: "MongoDB", plain: "database" },
    { term: "Grafana", plain: "monitoring dashboards" },
    { term: "Prometheus", plain: "monitoring" },
    { term: "Datadog", plain: "monitoring" },
    { term: "Splunk", plain: "log search" },
    { term: "PagerDuty", plain: "on-call alerting" },
    { term: "gRPC", plain: "service-to-service calls" },
    { term: "GraphQL", plain: "API layer" },
    { term: "monolith", plain: "single large application" },
    { term: "pull requests", aliases: ["PR", "PRs", "merge requests", "MR", "MRs"], plain: "code reviews" },
    { term: "refactor", aliases: ["refactored", "refactoring"], plain: "restructured the code" },
    { term: "p99", aliases: ["p95", "p50"], plain: "response time for the slowest requests" },
    { term: "SLO", aliases: ["SLOs", "SLI", "SLIs"], plain: "reliability target" },
    { term: "sharding", aliases: ["sharded"], plain: "splitting the database" },
    { term: "hotfix", aliases: ["hotfixes"], plain: "urgent fix" },
    { term: "React", caseSensitive: true, plain: "web front end" },
    { term: "Rails", aliases: ["Ruby on Rails"], caseSensitive: true, plain: "web framework" },
    { term: "Django", plain: "web framework" },
    { term: "Spring Boot", plain: "Java service framework" },
    { term: "Node.js", plain: "JavaScript server" },
    { term: "Webpack", plain: "build tooling" },
    { term: "Airflow", plain: "data pipeline scheduler" },
    { term: "Spark", caseSensitive: true, plain: "large-scale data processing" },
    { term: "ETL", plain: "data pipelines" },
    { term: "Istio", aliases: ["service mesh"], plain: "service networking layer" },
    { term: "VPC", plain: "private cloud network" },
    { term: "YAML", plain: "configuration files" },
    { term: "cron", aliases: ["cron jobs", "cronjobs"], plain: "scheduled jobs" },
    { term: "canary", aliases: ["blue-green"], plain: "gradual release" },
  ],
};
