namespace ConfBot.Slack.Requests;

/// <summary>
/// Everything users can type, in the order help lists it. Help, the welcome message, the Home tab and the
/// parser all read this table, so a command documented here is a command that works.
/// </summary>
internal static class ConfBotCommands
{
    public static IReadOnlyList<BotCommand> All { get; } =
    [
        new(CommandKind.Question, null, "QUESTION", "the talks that best answer a question", "how do people manage secrets with vault?", CommandArguments.Any),
        new(CommandKind.Talk, "talk", "talk ID-or-title", "everything about one talk: points, links, action points, sources", "talk Working with Secrets", CommandArguments.Some),
        new(CommandKind.Links, "links", "links QUERY", "slides, videos and pages for the talks about a topic", "links kubernetes", CommandArguments.Some),
        new(CommandKind.Actions, "actions", "actions [open|mine|done] [QUERY]", "action points people took home, who is on them, with buttons to take or finish one", "actions open monitoring", CommandArguments.Any),
        new(CommandKind.Speaker, "speaker", "speaker NAME", "talks given by a speaker", "speaker Paul Stack", CommandArguments.PersonName),
        new(CommandKind.Conferences, "conferences", "conferences", "which conferences and years the notes cover", "conferences", CommandArguments.None),
        new(CommandKind.Digest, "digest", "digest subscribe [HH:MM] [TIME ZONE] [weekdays|daily] | unsubscribe | status | now | preview", "a daily digest in this channel: talk of the day, what is new, open action points", "digest subscribe 09:30 Europe/Berlin", CommandArguments.Digest),
        new(CommandKind.Help, "help", "help", "this list", "help", CommandArguments.HelpTopic),
    ];

    public static BotCommand Get(CommandKind kind) => All.First(c => c.Kind == kind);

    /// <summary>The command a first word selects, or null when the text is a question.</summary>
    public static BotCommand? Named(string word) =>
        All.FirstOrDefault(c => c.Name is not null && string.Equals(c.Name, word, StringComparison.OrdinalIgnoreCase));
}
