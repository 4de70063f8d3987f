# Skill probes, benchmarks, observations and confidence: entry and per-probe mastery.
target_sources(tutordesk_core PRIVATE
)
