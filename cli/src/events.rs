//! Events as JSON: each event's fields decoded by name with the runtime's metadata, accounts in
//! the chain's SS58 format, hashes and byte strings in hex, unit enum variants by name.

use scale_info::{form::PortableForm, PortableRegistry, Type, TypeDef, TypeDefPrimitive};
use serde_json::{json, Map, Value as Json};
use sp_core::crypto::AccountId32;
use subxt::ext::{
	scale_decode,
	scale_value::{self, Composite, Primitive, Value, ValueDef},
};

/// Largest integer a JSON number carries exactly in every client (JavaScript's
/// `Number.MAX_SAFE_INTEGER`); larger ones are printed as strings.
const MAX_SAFE_INTEGER: u128 = (1 << 53) - 1;

/// One event of a transaction.
#[derive(Clone, Debug)]
pub struct Rendered {
	pub pallet: String,
	pub event: String,
	/// The fields by name, or why they could not be decoded.
	pub fields: Result<Json, String>,
}

impl Rendered {
	pub fn json(&self) -> Json {
		match &self.fields {
			Ok(fields) => json!({ "pallet": self.pallet, "event": self.event, "fields": fields }),
			Err(error) => json!({ "pallet": self.pallet, "event": self.event, "error": error }),
		}
	}

	pub fn text(&self) -> String {
		match &self.fields {
			Ok(fields) => format!("{}.{} {fields}", self.pallet, self.event),
			Err(error) => format!("{}.{} (undecodable: {error})", self.pallet, self.event),
		}
	}
}

/// Decode the fields of event number `index` of `pallet` (its SCALE bytes `bytes`).
pub fn render(
	metadata: &subxt::Metadata,
	pallet: &str,
	event: &str,
	index: u8,
	bytes: &[u8],
) -> Rendered {
	let fields = (|| -> Result<Json, String> {
		let variant = metadata
			.pallet_by_name(pallet)
			.and_then(|p| p.event_variant_by_index(index))
			.ok_or_else(|| format!("{pallet}.{event} is not in the metadata"))?;
		let mut fields =
			variant.fields.iter().map(|f| scale_decode::Field::new(f.ty.id, f.name.as_deref()));
		let composite =
			scale_value::scale::decode_as_fields(&mut &bytes[..], &mut fields, metadata.types())
				.map_err(|e| e.to_string())?;
		Ok(composite_json(&composite, metadata.types(), None))
	})();
	Rendered { pallet: pallet.to_string(), event: event.to_string(), fields }
}

fn resolve(types: &PortableRegistry, id: u32) -> Option<&Type<PortableForm>> {
	types.resolve(id)
}

fn is_u8(types: &PortableRegistry, id: u32) -> bool {
	matches!(
		resolve(types, id).map(|t| &t.type_def),
		Some(TypeDef::Primitive(TypeDefPrimitive::U8))
	)
}

/// Whether type `id` is a sequence or array of bytes.
fn is_bytes(types: &PortableRegistry, id: u32) -> bool {
	match resolve(types, id).map(|t| &t.type_def) {
		Some(TypeDef::Sequence(s)) => is_u8(types, s.type_param.id),
		Some(TypeDef::Array(a)) => is_u8(types, a.type_param.id),
		_ => false,
	}
}

/// The bytes of a decoded byte sequence.
fn bytes_of(composite: &Composite<u32>) -> Option<Vec<u8>> {
	let Composite::Unnamed(values) = composite else { return None };
	values
		.iter()
		.map(|v| match &v.value {
			ValueDef::Primitive(Primitive::U128(b)) => u8::try_from(*b).ok(),
			_ => None,
		})
		.collect()
}

/// A decoded value as JSON.
pub fn value_json(value: &Value<u32>, types: &PortableRegistry) -> Json {
	let ty = resolve(types, value.context);
	let name = ty.and_then(|t| t.path.segments.last()).map(String::as_str);
	match &value.value {
		ValueDef::Composite(composite) => {
			if is_bytes(types, value.context) {
				if let Some(bytes) = bytes_of(composite) {
					return json!(sp_core::bytes::to_hex(&bytes, false));
				}
			}
			if name == Some("AccountId32") {
				let account = match composite {
					Composite::Unnamed(inner) if inner.len() == 1 => match &inner[0].value {
						ValueDef::Composite(bytes) => bytes_of(bytes),
						_ => None,
					},
					_ => None,
				};
				if let Some(Ok(raw)) = account.map(<[u8; 32]>::try_from) {
					return json!(AccountId32::new(raw).to_string());
				}
			}
			composite_json(composite, types, ty)
		},
		ValueDef::Variant(variant) => {
			let empty = match &variant.values {
				Composite::Named(fields) => fields.is_empty(),
				Composite::Unnamed(values) => values.is_empty(),
			};
			if name == Some("Option") {
				return match (&variant.values, variant.name.as_str()) {
					(Composite::Unnamed(values), "Some") if values.len() == 1 => {
						value_json(&values[0], types)
					},
					_ => Json::Null,
				};
			}
			if empty {
				return json!(variant.name);
			}
			let mut object = Map::new();
			object.insert(variant.name.clone(), composite_json(&variant.values, types, None));
			Json::Object(object)
		},
		ValueDef::Primitive(primitive) => primitive_json(primitive),
		ValueDef::BitSequence(bits) => json!(format!("{bits:?}")),
	}
}

/// A composite as a JSON object (named fields), a list (sequences, tuples), or, for a struct of
/// one unnamed field (a newtype: `OrganizationRoles(u8)`, a bounded list), its one value.
fn composite_json(
	composite: &Composite<u32>,
	types: &PortableRegistry,
	ty: Option<&Type<PortableForm>>,
) -> Json {
	match composite {
		Composite::Named(fields) => Json::Object(
			fields.iter().map(|(name, value)| (name.clone(), value_json(value, types))).collect(),
		),
		Composite::Unnamed(values) => {
			let newtype = values.len() == 1
				&& matches!(ty.map(|t| &t.type_def), Some(TypeDef::Composite(_)) | None);
			if newtype {
				value_json(&values[0], types)
			} else {
				Json::Array(values.iter().map(|v| value_json(v, types)).collect())
			}
		},
	}
}

fn primitive_json(primitive: &Primitive) -> Json {
	match primitive {
		Primitive::Bool(b) => json!(b),
		Primitive::Char(c) => json!(c.to_string()),
		Primitive::String(s) => json!(s),
		Primitive::U128(n) if *n <= MAX_SAFE_INTEGER => json!(*n as u64),
		Primitive::U128(n) => json!(n.to_string()),
		Primitive::I128(n) if n.unsigned_abs() <= MAX_SAFE_INTEGER => json!(*n as i64),
		Primitive::I128(n) => json!(n.to_string()),
		Primitive::U256(bytes) | Primitive::I256(bytes) => {
			json!(sp_core::bytes::to_hex(bytes, false))
		},
	}
}
