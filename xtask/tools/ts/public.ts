// Compiled (never run) by `cargo xtask other-languages` with `tsc --noEmit`: it proves that the
// types openapi-typescript generates from spec/public.json are usable the way a TypeScript
// user would use them. "pembalasan-api" is mapped to target/other-languages/public/ts/api.d.ts by the
// tsconfig.json that xtask writes next to it.
import type { components, operations } from "pembalasan-api";

type PublicConversation = components["schemas"]["PublicConversation"];
type ListConversations = operations["list_conversations"];
type ListConversationsOk = ListConversations["responses"][200]["content"]["application/json"];
type ListConversationsPath = ListConversations["parameters"]["path"];

/** A one-line summary of a conversation: its status and its first message, if any. */
export function summary(conversation: PublicConversation): string {
  const status: string = conversation.status ?? "(no status)";
  const first = conversation.messages?.[0]?.content ?? "(no message)";
  return `${status}: ${first}`;
}

/** The path of the list-conversations operation, built from its typed parameters. */
export function listConversationsPath(params: ListConversationsPath): string {
  const inbox = encodeURIComponent(params.inbox_identifier);
  const contact = encodeURIComponent(params.contact_identifier);
  return `/public/api/v1/inboxes/${inbox}/contacts/${contact}/conversations`;
}

/** Summaries of every conversation in a list-conversations reply. */
export function summaries(reply: ListConversationsOk): string[] {
  const conversations: PublicConversation[] = reply;
  return conversations.map(summary);
}
