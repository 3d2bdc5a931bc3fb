import { z } from "zod";
import { ROLES } from "../../auth/roles";

export const roleSchema = z.enum(ROLES);

export const emailSchema = z
  .string()
  .trim()
  .max(254, "must be at most 254 characters")
  .pipe(z.email("must be a valid email address"))
  .transform((e) => e.toLowerCase());

export const inviteMemberInput = z.strictObject({
  email: emailSchema,
  role: roleSchema.default("viewer"),
});

export const changeRoleInput = z.strictObject({ role: roleSchema });

export const memberDto = z.object({
  id: z.string().describe("The user's id"),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  joinedAt: z.iso.datetime(),
  lastLoginAt: z.iso.datetime().nullable(),
});
export type MemberDto = z.infer<typeof memberDto>;

export const invitationDto = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  status: z.enum(["pending", "accepted", "revoked", "expired"]),
  expiresAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});
export type InvitationDto = z.infer<typeof invitationDto>;

export const createdInvitationDto = invitationDto.extend({
  acceptUrl: z.url().describe("The acceptance link; it is shown only once."),
  emailStatus: z
    .enum(["queued", "not_configured"])
    .describe("queued: the link is being emailed to the person invited. not_configured: email is off (no SMTP_URL), so send them the link yourself."),
});

export const MEMBER_SORT_FIELDS = ["joinedAt", "email", "name"] as const;
