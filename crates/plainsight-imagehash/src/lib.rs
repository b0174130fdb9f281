//! PDQ perceptual hashing of images and exact hash-list matching (multi-index hashing). (Stub: being implemented.)
