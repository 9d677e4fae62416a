namespace ConfBot.Bot.Requests;

/// <summary>A typed line split at its first space: the word that may name a command or an option, and the rest.</summary>
public readonly record struct CommandWords(string First, string Rest)
{
    public static CommandWords Of(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? new(trimmed, "") : new(trimmed[..space], trimmed[(space + 1)..].TrimStart());
    }
}
