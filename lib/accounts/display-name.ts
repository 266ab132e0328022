/** What to call a user: their name, else their email's local part, else "Reader". */
export function displayName(user: { name: string | null; email: string | null }): string {
  const name = user.name?.trim() ?? "";
  if (name !== "") return name;
  const local = user.email?.split("@")[0]?.trim() ?? "";
  return local === "" ? "Reader" : local;
}
