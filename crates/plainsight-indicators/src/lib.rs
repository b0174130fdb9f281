//! A registry of coded indicators of exploitation, and explainable post and network risk. (Stub: being implemented.)
