// The instance's administrators, named by email in ADMIN_EMAILS ("a@x.org, b@y.org"):
// they curate the public corpus (lib/policy "source:edit-metadata"). Compared without
// case, as email domains are.

export function parseAdminEmails(raw: string | undefined): ReadonlySet<string> {
  return new Set((raw ?? "").split(/[\s,;]+/).map((e) => e.trim().toLowerCase()).filter((e) => e.includes("@")));
}

export function isAdminEmail(email: string | null, admins: ReadonlySet<string>): boolean {
  return email !== null && admins.has(email.trim().toLowerCase());
}
