// Compiled (never run) by `cargo xtask other-languages` with `tsc --noEmit`: it proves that the
// types openapi-typescript generates from spec/platform.json are usable the way a TypeScript
// user would use them. "pembalasan-api" is mapped to target/other-languages/platform/ts/api.d.ts
// by the tsconfig.json that xtask writes next to it.
import type { components, operations } from "pembalasan-api";

type PlatformUser = components["schemas"]["PlatformUser"];
type ListAccountsOk = operations["list_accounts"]["responses"][200]["content"]["application/json"];
type AddAccountUser = operations["add_account_user"]["requestBody"]["content"]["application/json"];
type ApiError = components["schemas"]["ApiError"];

/** The accounts a user is a member of, with their role. */
export function memberships(user: PlatformUser): string[] {
  return user.accounts.map((account) => `${account.name} (${account.role})`);
}

/** The names of the suspended accounts of a list. */
export function suspended(accounts: ListAccountsOk): string[] {
  return accounts.filter((account) => account.status === "suspended").map((account) => account.name);
}

/** Makes a user an administrator of an account. */
export function promote(userId: number): AddAccountUser {
  return { user_id: userId, role: "administrator" };
}

/** Whether an error body is a refusal of the platform app's token. */
export function isBadToken(error: ApiError): boolean {
  return "error" in error && error.error === "Invalid access_token";
}
