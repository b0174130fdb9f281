//! Posts in. (Stub interface: being implemented.)
