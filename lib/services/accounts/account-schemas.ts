import { z } from "zod";
import { passwordSchema } from "../../auth/passwords";
import { roleSchema, emailSchema } from "../members/member-schemas";
import { organizationNameSchema } from "../orgs/create-organization";

export const registerInput = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
  organizationName: organizationNameSchema.optional(),
});

export const loginInput = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, "is required").max(128, "must be at most 128 characters"),
});

export const refreshInput = z.strictObject({ refreshToken: z.string().min(1).max(200).optional() });

export const userDto = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  createdAt: z.iso.datetime(),
});

export const organizationMembershipDto = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  role: roleSchema,
});

export const meDto = userDto.extend({
  organizations: z.array(organizationMembershipDto),
  currentOrganization: organizationMembershipDto.nullable(),
});

export const tokenPairDto = z.object({
  token: z.string().describe("Access token; send as `Authorization: Bearer <token>`"),
  refreshToken: z.string().describe("Exchange at /auth/refresh-token for a new pair; single use"),
  expiresIn: z.number().int().describe("Seconds until the access token expires"),
  tokenType: z.literal("Bearer"),
});

export const loginDto = tokenPairDto.extend({ user: userDto.extend({ organizations: z.array(organizationMembershipDto) }) });

export const registerDto = z.object({ user: userDto, organization: organizationMembershipDto });
