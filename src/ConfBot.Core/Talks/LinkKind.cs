namespace ConfBot.Core.Talks;

/// <summary>What a link in a note points at; drives ordering in answers (talk page, slides, video first).</summary>
public enum LinkKind
{
    TalkPage,
    Slides,
    Video,
    Repository,
    Article,
    Tweet,
    Other,
}
