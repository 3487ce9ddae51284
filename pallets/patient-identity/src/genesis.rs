//! The pallet's genesis configuration: a pallet section, imported into the pallet declaration
//! in `lib.rs` (`#[import_section]`); its items are part of the `pallet` module.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod genesis {
	/// An organization in the genesis config: `(admin, kind, roles, operators)`.
	pub type GenesisOrganization<AccountId> =
		(AccountId, OrganizationKind, OrganizationRoles, Vec<AccountId>);

	/// Organizations and patients that exist from genesis: a consortium's founding members,
	/// and test populations for benchmarks.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(admin, kind, roles, operators)`; ids are assigned in order from 0.
		pub organizations: Vec<GenesisOrganization<T::AccountId>>,
		/// `(account, identity commitment)`; the deposit is held from the account, which must be
		/// endowed by the balances genesis. Ids are assigned in order from 0.
		pub patients: Vec<(T::AccountId, Commitment)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (admin, kind, roles, operators) in &self.organizations {
				Pallet::<T>::do_register_organization(admin.clone(), *kind, *roles)
					.expect("genesis organization admins are valid and distinct");
				let organization = NextOrganizationId::<T>::get().saturating_sub(1);
				for operator in operators {
					Pallet::<T>::do_add_operator(organization, operator.clone())
						.expect("genesis operators are distinct and within MaxOperators");
				}
			}
			for (account, commitment) in &self.patients {
				Pallet::<T>::register_patient(
					frame_system::RawOrigin::Signed(account.clone()).into(),
					*commitment,
				)
				.expect("genesis patients are distinct, endowed accounts");
			}
		}
	}
}
