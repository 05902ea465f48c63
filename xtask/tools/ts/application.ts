// Compiled (never run) by `cargo xtask other-languages` with `tsc --noEmit`: it proves that the
// types openapi-typescript generates from spec/application.json are usable the way a TypeScript
// user would use them. "pembalasan-api" is mapped to target/other-languages/application/ts/api.d.ts
// by the tsconfig.json that xtask writes next to it.
import type { components, operations } from "pembalasan-api";

type Profile = components["schemas"]["Profile"];
type GetProfileOk = operations["get_profile"]["responses"][200]["content"]["application/json"];

/** The accounts the caller can act in, by name. */
export function accountNames(profile: Profile): string[] {
  return profile.accounts.map((account) => account.name);
}

/** Who the access token belongs to. */
export function signedInAs(reply: GetProfileOk): string {
  const profile: Profile = reply;
  return `${profile.name} <${profile.email}>`;
}
