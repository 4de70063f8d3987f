# bundles: the CSV files, the manifest, the zip, and the delta against what the district holds.
target_sources(tutordesk_core PRIVATE
  ExportCsv.cpp ExportCsv.h
  RowHash.h
  ExportTables.cpp ExportTables.h
  ExportRows.cpp ExportRows.h
  DeltaDiff.cpp DeltaDiff.h
  BundleFiles.cpp BundleFiles.h
  BundleManifest.cpp BundleManifest.h
  BundleZip.cpp BundleZip.h
  BundleRender.cpp BundleRender.h
  BundleRecord.cpp BundleRecord.h
  BundleExport.cpp BundleExport.h
)
