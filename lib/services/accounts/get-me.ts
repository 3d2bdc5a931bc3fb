import type { z } from "zod";
import type { Db } from "../../../db/client";
import { listUserOrganizations } from "../orgs/list-user-organizations";
import type { meDto } from "./account-schemas";
import { findUserById } from "./find-user";

export async function getMe(db: Db, userId: string, currentOrgId: string | null): Promise<z.infer<typeof meDto>> {
  const user = await findUserById(db, userId);
  const organizations = await listUserOrganizations(db, userId);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    createdAt: user.createdAt.toISOString(),
    organizations,
    currentOrganization: organizations.find((o) => o.id === currentOrgId) ?? null,
  };
}
