# bundles: the CSV files, the manifest, the zip, and the delta against what the district holds.
target_sources(tutordesk_core PRIVATE
  BundleExport.cpp BundleExport.h
)
