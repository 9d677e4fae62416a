using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>The blocks of a note that describe one candidate talk, under the heading that opened them.</summary>
/// <param name="Topic">For talks a note lists without a title under a topic heading, that topic.</param>
internal sealed record TalkSection(NoteBlock Heading, IReadOnlyList<NoteBlock> Body, int? Day, string? Topic = null);
