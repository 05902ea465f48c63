//! Conveniences for the open enums: a value the client knows, or one it does not know yet.
//!
//! Each open enum of [`crate::types`] is `Known(KnownX)` or `Unknown(XUnknown)`. These impls add
//! `known()`, `Display` (the value as the server sends it) and comparison with the known value, so callers can write
//! `conversation.status == KnownConversationStatus::Resolved`.

use std::fmt;

use crate::types::{
    AvailabilityStatus, ContactType, ContentType, ConversationStatus, FileType,
    KnownAvailabilityStatus, KnownContactType, KnownContentType, KnownConversationStatus,
    KnownFileType,
};

macro_rules! open_enum {
    ($open:ident, $known:ident) => {
        impl $open {
            /// The value, if this client knows it.
            pub fn known(&self) -> Option<$known> {
                match self {
                    $open::Known(known) => Some(*known),
                    $open::Unknown(_) => None,
                }
            }
        }

        impl fmt::Display for $open {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $open::Known(known) => known.fmt(f),
                    $open::Unknown(unknown) => f.write_str(unknown),
                }
            }
        }

        impl PartialEq<$known> for $open {
            fn eq(&self, other: &$known) -> bool {
                self.known() == Some(*other)
            }
        }
    };
}

open_enum!(ConversationStatus, KnownConversationStatus);
open_enum!(ContentType, KnownContentType);
open_enum!(FileType, KnownFileType);
open_enum!(ContactType, KnownContactType);
open_enum!(AvailabilityStatus, KnownAvailabilityStatus);
