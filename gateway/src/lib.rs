//! # medchain-gateway
//!
//! A custodian's FHIR R4 endpoint that releases records only under on-chain consent, audits
//! every release on chain and proves what it serves. The design, with every choice argued, is
//! `docs/gateway.md`.
//!
//! Modules so far, the parts that need no chain:
//!
//! - [`purpose`]: HL7 v3 PurposeOfUse codes → the chain's purposes;
//! - [`category`]: a resource's data category from its type, codes and security labels, and the
//!   check of that category against the anchored one;
//! - [`auth`]: SMART Backend Services client assertions signed with Ed25519 operator keys;
//! - [`outcome`]: OperationOutcomes and HTTP statuses;
//! - [`release`]: consent decision, category cross-check and integrity verdict combined into
//!   what a read answers and what a search releases;
//! - [`store`]: the FHIR store trait and its embedded redb implementation;
//! - [`durable`]: the audit journal, the replay table and the kept audit trails, in the same
//!   redb file.
//!
//! and the parts that talk to the chain and to requesters:
//!
//! - [`chain`]: the node connection (lookups at named blocks, signed transactions);
//! - [`journal`]: the fsync'd audit journal and its submitter (`EhrAnchor.log_releases`), which
//!   also sends the writes' transactions;
//! - [`server`]: the axum routes, authorization, consent decisions and integrity checks;
//! - [`token`]: the token endpoint (SMART Backend Services);
//! - [`search`]: `read`, paged `search` by patient, and the `searchset` Bundle;
//! - [`everything`]: `Patient/$everything` across custodians, and the checks of what other
//!   gateways return;
//! - [`federation`]: the client that gathers `Patient/$everything` from the patient's other
//!   custodians through the endpoints they publish on chain;
//! - [`write`]: `POST /[type]` and `PUT /[type]/[id]` by the custodian's own operators, each
//!   anchored on chain before it is stored, under the rules of [`write_rules`];
//! - [`trail`]: `GET /AuditEvent?patient=` for the patient and the custodian's operators, from
//!   the on-chain audit trail the gateway follows and keeps, mapped by [`audit_event`];
//! - [`upstream`]: proxy mode, where the resources live in an existing FHIR server and the
//!   gateway keeps only its anchors map, and where handlers get and put resources in either
//!   mode.

pub mod audit_event;
pub mod auth;
pub mod category;
pub mod chain;
pub mod durable;
pub mod everything;
pub mod federation;
pub mod journal;
pub mod outcome;
pub mod purpose;
pub mod release;
pub mod search;
pub mod server;
pub mod store;
pub mod token;
pub mod trail;
pub mod upstream;
pub mod write;
pub mod write_rules;
