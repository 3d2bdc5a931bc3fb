import { z } from "zod";
import {
  changeRoleInput,
  createdInvitationDto,
  invitationDto,
  inviteMemberInput,
  MEMBER_SORT_FIELDS,
  memberDto,
  roleSchema,
} from "../../services/members/member-schemas";
import { listQuerySchema } from "../list-query";
import { defineOperations } from "../openapi/operation";

export const listMembersQuery = listQuerySchema(MEMBER_SORT_FIELDS, "joinedAt", {
  role: roleSchema.optional(),
});

export const userOperations = defineOperations([
  {
    method: "get",
    path: "/users",
    tag: "Users",
    summary: "List the organization's members",
    query: listMembersQuery,
    response: memberDto,
    paginated: true,
  },
  {
    method: "post",
    path: "/users/invite",
    tag: "Users",
    summary: "Invite someone by email",
    description:
      "Returns the acceptance link, shown once. Inviting the same email again replaces the earlier link. You cannot invite above your own role.",
    body: inviteMemberInput,
    response: createdInvitationDto,
    successStatus: 201,
    errors: [403, 409],
  },
  {
    method: "get",
    path: "/users/invitations",
    tag: "Users",
    summary: "List pending invitations",
    response: z.array(invitationDto),
  },
  {
    method: "delete",
    path: "/users/invitations/{id}",
    tag: "Users",
    summary: "Revoke a pending invitation",
    response: invitationDto,
    errors: [404],
  },
  {
    method: "patch",
    path: "/users/{id}",
    tag: "Users",
    summary: "Change a member's role",
    description: "The last owner cannot be demoted, and nobody can change their own role.",
    body: changeRoleInput,
    response: z.object({ id: z.string(), role: roleSchema }),
    errors: [403, 404, 409],
  },
  {
    method: "delete",
    path: "/users/{id}",
    tag: "Users",
    summary: "Remove a member from the organization",
    description: "The person keeps their account. Members may remove themselves; the last owner may not.",
    response: z.object({ id: z.string(), removed: z.literal(true) }),
    errors: [403, 404, 409],
  },
]);
