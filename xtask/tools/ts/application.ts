// Compiled (never run) by `cargo xtask other-languages` with `tsc --noEmit`: it proves that the
// types openapi-typescript generates from spec/application.json are usable the way a TypeScript
// user would use them. "pembalasan-api" is mapped to target/other-languages/application/ts/api.d.ts
// by the tsconfig.json that xtask writes next to it.
import type { components, operations } from "pembalasan-api";

type Conversation = components["schemas"]["Conversation"];
type ListConversations = operations["list_conversations"];
type ListConversationsOk = ListConversations["responses"][200]["content"]["application/json"];
type ListConversationsPath = ListConversations["parameters"]["path"];
type Profile = components["schemas"]["Profile"];

/** One line per conversation: display id, status and who handles it. */
export function summary(conversation: Conversation): string {
  const assignee = conversation.meta.assignee?.name ?? "nobody";
  const priority = conversation.priority ?? "no priority";
  return `#${conversation.id} ${conversation.status} (${priority}), ${assignee}`;
}

/** The path of the list, built from its typed parameters. */
export function listConversationsPath(params: ListConversationsPath): string {
  return `/api/v1/accounts/${params.account_id}/conversations`;
}

/** Summaries of a page of conversations (the reply is wrapped in `data`). */
export function summaries(reply: ListConversationsOk): string[] {
  return reply.data.payload.map(summary);
}

/** The accounts the caller can act in, by name. */
export function accountNames(profile: Profile): string[] {
  return profile.accounts.map((account) => account.name);
}

type WebhookEvent = components["schemas"]["WebhookEvent"];

/** What a webhook delivery is about, told apart by its `event` name. */
export function describeDelivery(delivery: WebhookEvent): string {
  switch (delivery.event) {
    case "message_created":
    case "message_updated":
      return `message ${delivery.id} in conversation ${delivery.conversation.id}`;
    case "contact_created":
    case "contact_updated":
      return `contact ${delivery.id}`;
    default:
      return delivery.event;
  }
}
