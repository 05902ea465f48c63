//! Checks that typify's merging of schemas ends, and ends soon.
//!
//! typify builds a schema with `allOf` (or with `oneOf`/`anyOf` beside keywords of its own) by
//! merging the parts: it copies every referenced schema in place, merges properties of the same
//! name the same way, and later converts the merged copy, merging any `allOf` inside it again.
//! It has no cycle check, so a schema merged into a copy of itself recurses until the stack
//! overflows, and merges of merges grow exponentially. This module replays that expansion on
//! the JSON value with a work list instead of recursion, and rejects a merge that copies a
//! schema into itself, copies schemas too deeply, or copies too many.
//!
//! The replay over-approximates typify (it may reject a few merges typify would survive, such
//! as `items: {allOf: [{$ref: Self}, {minItems: 1}]}`), never the other way round.

use std::collections::HashMap;

use serde_json::Value;

use super::structure::{Kind, Sites};
use crate::error::Error;

/// The most steps (schema copies and merged keywords) one schema's merges may take.
const MAX_STEPS_PER_SCHEMA: usize = 20_000;

/// The most steps all merges of the spec together may take.
const MAX_STEPS: usize = 5_000_000;

/// The longest chain of components one merge may copy into each other.
const MAX_CHAIN: usize = 32;

/// Keywords that only annotate: merging a schema made of them changes nothing typify keeps.
///
/// `nullable` is among them because progenitor wraps the merged type in an `Option` rather than
/// merging it (`{allOf: [{$ref: Node}], nullable: true}` is the usual optional self-reference).
const ANNOTATIONS: [&str; 12] = [
    "description",
    "nullable",
    "title",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
    "externalDocs",
    "xml",
    "default",
    "discriminator",
];

/// Keywords that combine other schemas.
const COMBINATORS: [&str; 3] = ["allOf", "oneOf", "anyOf"];

/// Checks the merges of every schema in the spec.
pub(crate) fn check_merges(file: &str, spec: &Value, sites: &Sites<'_>) -> Result<(), Error> {
    let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return check_with(file, sites, &HashMap::new());
    };
    let components = schemas
        .iter()
        .map(|(name, schema)| (name.as_str(), schema))
        .collect();
    check_with(file, sites, &components)
}

/// Checks every schema site against the named `components`.
fn check_with(
    file: &str,
    sites: &Sites<'_>,
    components: &HashMap<&str, &Value>,
) -> Result<(), Error> {
    let mut replay = Replay {
        components,
        nested: HashMap::new(),
        steps: 0,
        total: 0,
    };
    for (index, site) in sites.iter() {
        if site.kind != Kind::Schema || site.value.get("$ref").is_some() {
            continue;
        }
        let path = sites.path(index);
        let chain: Vec<&str> = match path.as_slice() {
            [components, schemas, name, ..]
                if components == "components" && schemas == "schemas" =>
            {
                components_key(replay.components, name)
                    .into_iter()
                    .collect()
            }
            _ => Vec::new(),
        };
        if let Err(failure) = replay.site(site.value, chain) {
            return Err(Error::new(
                file,
                sites.location(index, &[]),
                failure.message(),
            ));
        }
    }
    Ok(())
}

/// The key of `components` equal to `name`, borrowed from the spec.
fn components_key<'a>(components: &HashMap<&'a str, &Value>, name: &str) -> Option<&'a str> {
    components.get_key_value(name).map(|(key, _)| *key)
}

/// Why a merge is rejected.
#[derive(Debug)]
enum Failure<'a> {
    /// A component is copied into a copy of itself; the names from the outermost copy.
    Cycle(Vec<&'a str>),
    /// Components are copied into each other more than [`MAX_CHAIN`] deep.
    TooDeep(Vec<&'a str>),
    /// This schema's merges take more than [`MAX_STEPS_PER_SCHEMA`] steps.
    TooBig,
    /// The merges of all schemas so far take more than [`MAX_STEPS`] steps.
    TooBigOverall,
}

impl Failure<'_> {
    /// The sentence for the error.
    fn message(&self) -> String {
        match self {
            Failure::Cycle(chain) => format!(
                "this schema merges `{}` into a copy of itself ({}) through `allOf` (or `oneOf`/`anyOf` beside other keywords), which makes typify recurse until the stack overflows; refer to `{}` from a property instead of merging it",
                chain.last().copied().unwrap_or_default(),
                chain.join(" -> "),
                chain.last().copied().unwrap_or_default(),
            ),
            Failure::TooDeep(chain) => format!(
                "this schema merges components more than {MAX_CHAIN} deep through `allOf` ({} -> ...), which typify expands into enormous types; flatten the chain of `allOf`s",
                chain
                    .iter()
                    .take(4)
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" -> "),
            ),
            Failure::TooBig => format!(
                "merging this schema would copy schemas more than {MAX_STEPS_PER_SCHEMA} times, because the schemas its `allOf` merges merge others in turn, and typify would take too long; merge fewer schemas, or list the properties directly"
            ),
            Failure::TooBigOverall => format!(
                "with this schema, the spec's `allOf` merges would copy schemas more than {MAX_STEPS} times, and typify would take too long; merge fewer schemas, or list the properties directly"
            ),
        }
    }
}

/// A merge to replay: its operands, and whether typify's same-reference shortcut applies.
type Job<'a> = (Vec<Operand<'a>>, bool);

/// One schema taking part in a merge.
#[derive(Debug, Clone)]
struct Operand<'a> {
    /// The schema, or the schema a `$ref` names.
    schema: &'a Value,
    /// Only the schema's own keywords take part (its `allOf`/`oneOf`/`anyOf` are separate operands).
    own_only: bool,
    /// The components copied on the way here, outermost first.
    chain: Vec<&'a str>,
}

/// The state of the replay: the components, a cache of the merges nested in each, and step counts.
struct Replay<'a, 'c> {
    /// The entries of `components/schemas`.
    components: &'c HashMap<&'a str, &'a Value>,
    /// For each component, the schemas with merges nested inside it (not at its root).
    nested: HashMap<&'a str, Vec<&'a Value>>,
    /// Steps taken for the current schema site.
    steps: usize,
    /// Steps taken for the whole spec.
    total: usize,
}

impl<'a> Replay<'a, '_> {
    /// Replays the merges of one schema site; `chain` holds its component, if it is inside one.
    fn site(&mut self, schema: &'a Value, chain: Vec<&'a str>) -> Result<(), Failure<'a>> {
        self.steps = 0;
        let mut jobs = vec![(site_operands(schema, &chain), true)];
        while let Some((operands, shortcut)) = jobs.pop() {
            self.merge(operands, shortcut, &mut jobs)?;
        }
        Ok(())
    }

    /// Counts one step and fails when a budget is spent.
    fn step(&mut self) -> Result<(), Failure<'a>> {
        self.steps += 1;
        self.total += 1;
        if self.steps > MAX_STEPS_PER_SCHEMA {
            Err(Failure::TooBig)
        } else if self.total > MAX_STEPS {
            Err(Failure::TooBigOverall)
        } else {
            Ok(())
        }
    }

    /// Replays merging `operands`, pushing the merges it causes onto `jobs`. With `shortcut`,
    /// operands that are all the same bare reference merge to that reference without a copy.
    fn merge(
        &mut self,
        operands: Vec<Operand<'a>>,
        shortcut: bool,
        jobs: &mut Vec<Job<'a>>,
    ) -> Result<(), Failure<'a>> {
        if shortcut && all_same_ref(&operands) {
            return Ok(());
        }
        let mut parts = Vec::new();
        for operand in operands {
            self.flatten(operand, &mut parts)?;
        }
        let count = parts.len();
        let mut leaves: Vec<Operand<'a>> = parts
            .into_iter()
            .filter(|leaf| ref_name(leaf.schema).is_some() || has_own_shape(leaf.schema))
            .collect();
        if !self.merges_anything(&leaves, leaves.len() < count) {
            return Ok(());
        }
        let mut contents = Vec::new();
        while let Some(leaf) = leaves.pop() {
            self.step()?;
            if let Some(name) = ref_name(leaf.schema) {
                leaves.extend(self.expand(name, leaf.chain, jobs)?);
            } else if leaf.own_only {
                contents.push(leaf);
            } else {
                self.flatten(leaf, &mut leaves)?;
            }
        }
        self.push_keyword_merges(&contents, jobs)
    }

    /// Whether merging `leaves` (plus annotation-only parts, if `annotated`) copies anything.
    ///
    /// One shaped part alone merges nothing, except a reference merged with annotations: typify
    /// then merges the referenced schema's own `allOf`/`oneOf`/`anyOf` or the schema its own
    /// `$ref` names, if it has them (otherwise the result equals the referenced schema and
    /// typify keeps the reference).
    fn merges_anything(&self, leaves: &[Operand<'a>], annotated: bool) -> bool {
        match leaves {
            [] => false,
            [only] => {
                annotated
                    && ref_name(only.schema)
                        .and_then(|name| self.components.get(name))
                        .is_some_and(|target| {
                            ref_name(target).is_some() || combined(target).next().is_some()
                        })
            }
            _ => true,
        }
    }

    /// Splits an inline schema into the parts a merge sees: references, and schemas whose own
    /// keywords take part (`own_only`). References are left for the caller to expand.
    fn flatten(
        &mut self,
        operand: Operand<'a>,
        out: &mut Vec<Operand<'a>>,
    ) -> Result<(), Failure<'a>> {
        let mut work = vec![operand];
        while let Some(operand) = work.pop() {
            self.step()?;
            if operand.own_only || ref_name(operand.schema).is_some() {
                out.push(operand);
                continue;
            }
            for part in combined(operand.schema) {
                work.push(Operand {
                    schema: part,
                    own_only: false,
                    chain: operand.chain.clone(),
                });
            }
            out.push(Operand {
                own_only: true,
                ..operand
            });
        }
        Ok(())
    }

    /// Copies component `name` into a merge reached through `chain`: fails on a cycle or a
    /// chain too deep, queues the merges nested inside the component, and returns its schema.
    fn expand(
        &mut self,
        name: &'a str,
        chain: Vec<&'a str>,
        jobs: &mut Vec<Job<'a>>,
    ) -> Result<Option<Operand<'a>>, Failure<'a>> {
        let mut chain = chain;
        let repeated = chain.contains(&name);
        chain.push(name);
        if repeated {
            let from = chain.iter().position(|link| *link == name).unwrap_or(0);
            return Err(Failure::Cycle(chain.split_off(from)));
        }
        if chain.len() > MAX_CHAIN {
            return Err(Failure::TooDeep(chain));
        }
        let Some((&key, &schema)) = self.components.get_key_value(name) else {
            return Ok(None); // a dangling reference; check_refs reports it
        };
        for nested in self.nested_merges(key)? {
            jobs.push((site_operands(nested, &chain), true));
        }
        Ok(Some(Operand {
            schema,
            own_only: false,
            chain,
        }))
    }

    /// The schemas with merges of their own nested inside component `name`, cached.
    fn nested_merges(&mut self, name: &'a str) -> Result<Vec<&'a Value>, Failure<'a>> {
        if let Some(found) = self.nested.get(name).cloned() {
            for _ in 0..found.len() {
                self.step()?;
            }
            return Ok(found);
        }
        let mut found = Vec::new();
        let mut work: Vec<&'a Value> = self
            .components
            .get(name)
            .map(|root| inline_children(root))
            .unwrap_or_default();
        while let Some(schema) = work.pop() {
            self.step()?;
            if site_operands(schema, &[]).len() >= 2 {
                found.push(schema);
            }
            work.extend(inline_children(schema));
        }
        self.nested.insert(name, found.clone());
        Ok(found)
    }

    /// Queues a merge for each property name, `items` and `additionalProperties` that two or
    /// more of the merged schemas define.
    fn push_keyword_merges(
        &mut self,
        contents: &[Operand<'a>],
        jobs: &mut Vec<Job<'a>>,
    ) -> Result<(), Failure<'a>> {
        let mut groups: Vec<Vec<Operand<'a>>> = Vec::new();
        let mut index: HashMap<(&str, &str), usize> = HashMap::new();
        for content in contents {
            for (keyword, name, schema) in merged_keywords(content.schema) {
                self.step()?;
                let slot = *index.entry((keyword, name)).or_insert_with(|| {
                    groups.push(Vec::new());
                    groups.len() - 1
                });
                if let Some(group) = groups.get_mut(slot) {
                    group.push(Operand {
                        schema,
                        own_only: false,
                        chain: content.chain.clone(),
                    });
                }
            }
        }
        jobs.extend(
            groups
                .into_iter()
                .filter(|group| group.len() >= 2)
                .map(|group| (group, true)),
        );
        self.push_additional_merges(contents, jobs)
    }

    /// Queues a merge of each property with the `additionalProperties` of every other merged
    /// schema that does not name that property. typify wraps the pair in a new `allOf`, and
    /// wraps that again for each further such schema, so the same-reference shortcut does not
    /// apply to these merges.
    fn push_additional_merges(
        &mut self,
        contents: &[Operand<'a>],
        jobs: &mut Vec<Job<'a>>,
    ) -> Result<(), Failure<'a>> {
        for (i, holder) in contents.iter().enumerate() {
            let Some(additional) = holder
                .schema
                .get("additionalProperties")
                .filter(|additional| additional.is_object())
            else {
                continue;
            };
            let own = holder.schema.get("properties");
            for (j, content) in contents.iter().enumerate() {
                for (keyword, name, schema) in merged_keywords(content.schema) {
                    self.step()?;
                    if i == j || keyword != "properties" || own.and_then(|p| p.get(name)).is_some()
                    {
                        continue;
                    }
                    let operand = |schema, chain: &Vec<&'a str>| Operand {
                        schema,
                        own_only: false,
                        chain: chain.clone(),
                    };
                    jobs.push((
                        vec![
                            operand(additional, &holder.chain),
                            operand(schema, &content.chain),
                        ],
                        false,
                    ));
                }
            }
        }
        Ok(())
    }
}

/// The operands typify merges to build `schema`: its `allOf` members and its own keywords, plus
/// its `oneOf`/`anyOf` alternatives when there is anything to merge them with. Fewer than two
/// means `schema` involves no merge.
fn site_operands<'a>(schema: &'a Value, chain: &[&'a str]) -> Vec<Operand<'a>> {
    let operand = |schema, own_only| Operand {
        schema,
        own_only,
        chain: chain.to_vec(),
    };
    let mut operands: Vec<Operand<'a>> = members(schema, "allOf")
        .map(|member| operand(member, false))
        .collect();
    if has_own_shape(schema) {
        operands.push(operand(schema, true));
    }
    if !operands.is_empty() {
        for key in ["oneOf", "anyOf"] {
            operands.extend(members(schema, key).map(|member| operand(member, false)));
        }
    }
    operands
}

/// The members of the combinator arrays of `schema`.
fn combined(schema: &Value) -> impl Iterator<Item = &Value> {
    COMBINATORS
        .into_iter()
        .flat_map(move |key| members(schema, key))
}

/// The items of the array under `key`.
fn members<'a>(schema: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    schema
        .get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
}

/// The subschemas under `properties`, `items` and `additionalProperties` of `schema`, each as
/// (keyword, property name or "", subschema).
fn merged_keywords(schema: &Value) -> Vec<(&'static str, &str, &Value)> {
    let mut found: Vec<(&'static str, &str, &Value)> = schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, property)| ("properties", name.as_str(), property))
        .collect();
    for keyword in ["items", "additionalProperties"] {
        if let Some(sub) = schema.get(keyword).filter(|sub| sub.is_object()) {
            found.push((keyword, "", sub));
        }
    }
    found
}

/// The inline subschemas of `schema` (not following references).
fn inline_children(schema: &Value) -> Vec<&Value> {
    if ref_name(schema).is_some() {
        return Vec::new();
    }
    let mut found: Vec<&Value> = merged_keywords(schema)
        .into_iter()
        .map(|(_, _, sub)| sub)
        .collect();
    found.extend(combined(schema));
    found.extend(schema.get("not"));
    found.retain(|sub| sub.is_object());
    found
}

/// The component a schema `$ref` names.
fn ref_name(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|reference| reference.strip_prefix("#/components/schemas/"))
}

/// Whether every operand is a bare reference to the same component (merging a schema with
/// itself changes nothing, and typify does not copy it).
fn all_same_ref(operands: &[Operand<'_>]) -> bool {
    let mut names = operands.iter().map(|operand| ref_name(operand.schema));
    match names.next() {
        Some(Some(first)) => names.all(|name| name == Some(first)),
        _ => false,
    }
}

/// Whether `schema` has keywords of its own that shape values (not only annotations and
/// combinators).
fn has_own_shape(schema: &Value) -> bool {
    schema.as_object().is_some_and(|map| {
        map.keys()
            .any(|key| !is_annotation_key(key) && !COMBINATORS.contains(&key.as_str()))
    })
}

/// Whether `key` is an annotation keyword or an extension.
pub(crate) fn is_annotation_key(key: &str) -> bool {
    key.starts_with("x-") || ANNOTATIONS.contains(&key)
}
