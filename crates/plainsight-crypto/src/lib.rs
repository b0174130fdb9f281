//! Cryptocurrency address checksums. (Stub interface: being implemented.)
