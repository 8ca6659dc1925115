"""Reading what members type: commands, numbers (also Chinese numerals), deadlines, group buy terms."""
