//! Seeded generator of realistic synthetic ad corpora with ground truth. (Stub: being implemented.)
