import type { Invitation } from "../../../db/schema";
import type { InvitationDto } from "./member-schemas";

export function invitationStatus(row: Invitation, now = new Date()): InvitationDto["status"] {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt <= now) return "expired";
  return "pending";
}

export function toInvitationDto(row: Invitation): InvitationDto {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: invitationStatus(row),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}
