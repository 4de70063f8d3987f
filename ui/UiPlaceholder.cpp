namespace tutordesk {} // namespace tutordesk
