//! Weights of FRAME pallets measured on medchain's benchmark machine (`make bench`), so that
//! they and medchain's own pallets are priced on the same hardware.

pub mod pallet_balances;
