namespace ConfBot.Bot.Answers;

/// <summary>What each talk of an answer shows most of.</summary>
public enum AnswerFocus
{
    /// <summary>The points that answer the question, the first links, action points.</summary>
    Answer,

    /// <summary>One talk in full: all its points and links.</summary>
    Talk,

    /// <summary>Every link of each talk.</summary>
    Links,
}
