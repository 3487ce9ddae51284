//! The fuzzer's bytes read as a stream of decisions. Every read succeeds: past the end it
//! yields zeros, so any input is a valid (if short) program.

pub struct Cursor<'a> {
	data: &'a [u8],
}

impl<'a> Cursor<'a> {
	pub fn new(data: &'a [u8]) -> Self {
		Self { data }
	}

	pub fn is_empty(&self) -> bool {
		self.data.is_empty()
	}

	pub fn u8(&mut self) -> u8 {
		match self.data.split_first() {
			Some((b, rest)) => {
				self.data = rest;
				*b
			},
			None => 0,
		}
	}

	/// Up to `n` bytes (fewer at the end of the input).
	pub fn bytes(&mut self, n: usize) -> &'a [u8] {
		let (head, rest) = self.data.split_at(n.min(self.data.len()));
		self.data = rest;
		head
	}

	/// A chunk whose length (little-endian `u16`) comes first.
	pub fn chunk(&mut self) -> &'a [u8] {
		let n = self.u16() as usize;
		self.bytes(n)
	}

	fn array<const N: usize>(&mut self) -> [u8; N] {
		let mut out = [0u8; N];
		let head = self.bytes(N);
		out[..head.len()].copy_from_slice(head);
		out
	}

	pub fn u16(&mut self) -> u16 {
		u16::from_le_bytes(self.array())
	}

	pub fn u64(&mut self) -> u64 {
		u64::from_le_bytes(self.array())
	}

	pub fn bytes32(&mut self) -> [u8; 32] {
		self.array()
	}

	/// A number below `n` (0 if `n` is 0), from as few bytes as `n` needs.
	pub fn below(&mut self, n: u64) -> u64 {
		match n {
			0 | 1 => 0,
			2..=256 => u64::from(self.u8()) % n,
			257..=65_536 => u64::from(self.u16()) % n,
			_ => self.u64() % n,
		}
	}

	/// True with about `percent` % probability over uniform bytes (one byte).
	pub fn chance(&mut self, percent: u8) -> bool {
		u32::from(self.u8()) * 100 < u32::from(percent) * 256
	}

	pub fn bool(&mut self) -> bool {
		self.u8() & 1 == 1
	}

	/// One of `items`, which must not be empty.
	pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
		items[self.below(items.len() as u64) as usize]
	}
}
