import { apiKeyDto, createApiKeyInput, createdApiKeyDto } from "../../services/api-keys/api-key-schemas";
import { paginationQuerySchema } from "../list-query";
import { defineOperations } from "../openapi/operation";

export const apiKeyOperations = defineOperations([
  {
    method: "get",
    path: "/api-keys",
    tag: "API keys",
    summary: "List API keys (never the secret)",
    query: paginationQuerySchema,
    response: apiKeyDto,
    paginated: true,
  },
  {
    method: "post",
    path: "/api-keys",
    tag: "API keys",
    summary: "Create an API key",
    description: "The secret `key` is in this response only. Without `role` the key gets your role (admin for owners).",
    body: createApiKeyInput,
    response: createdApiKeyDto,
    successStatus: 201,
    errors: [403],
  },
  {
    method: "delete",
    path: "/api-keys/{id}",
    tag: "API keys",
    summary: "Revoke an API key",
    description: "Takes effect on the next request. Revoking twice is harmless.",
    response: apiKeyDto,
    errors: [404],
  },
]);
