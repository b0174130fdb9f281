//! Integration tests of plainsight-referral.
