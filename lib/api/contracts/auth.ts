import { z } from "zod";
import {
  loginDto,
  loginInput,
  meDto,
  refreshInput,
  registerDto,
  registerInput,
  tokenPairDto,
} from "../../services/accounts/account-schemas";
import { acceptInvitationInput } from "../../services/members/accept-invitation";
import { defineOperations } from "../openapi/operation";

const acceptedInvitationDto = z.object({ userId: z.string(), orgId: z.string(), email: z.string() });

export const authOperations = defineOperations([
  {
    method: "post",
    path: "/auth/register",
    tag: "Auth",
    summary: "Create an account and its organization",
    description: "The new user owns the new organization. Sign in afterwards with /auth/login.",
    auth: "none",
    body: registerInput,
    response: registerDto,
    successStatus: 201,
    errors: [400, 409, 429],
  },
  {
    method: "post",
    path: "/auth/login",
    tag: "Auth",
    summary: "Exchange email and password for an access and a refresh token",
    description: "Attempts are limited per address and email. The access token works as `Authorization: Bearer`.",
    auth: "none",
    body: loginInput,
    response: loginDto,
    errors: [400, 401, 429],
  },
  {
    method: "post",
    path: "/auth/refresh-token",
    tag: "Auth",
    summary: "Exchange a refresh token for a new token pair",
    description:
      "Send the refresh token as `Authorization: Bearer <refresh token>` or as `refreshToken` in the body. Each refresh token works once.",
    auth: "none",
    body: refreshInput,
    response: tokenPairDto,
    errors: [401, 429],
  },
  {
    method: "post",
    path: "/auth/accept-invitation",
    tag: "Auth",
    summary: "Accept an invitation",
    description:
      "`token` is the last part of the acceptance link. Someone new sets `name` and `password`; someone with an account confirms with their password. Then log in as usual.",
    auth: "none",
    body: acceptInvitationInput,
    response: acceptedInvitationDto,
    errors: [400, 404, 409],
  },
  {
    method: "get",
    path: "/auth/me",
    tag: "Auth",
    summary: "The signed-in user and their organizations",
    response: meDto,
    errors: [401, 403],
  },
]);
