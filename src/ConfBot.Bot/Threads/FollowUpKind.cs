namespace ConfBot.Bot.Threads;

/// <summary>What a follow-up asks of the previous answer.</summary>
public enum FollowUpKind
{
    /// <summary>"more", "next": the next page of the same request.</summary>
    NextPage,

    /// <summary>"tell me more about the first": one talk in full.</summary>
    Talk,

    /// <summary>"links for the second one", "slides of it": that talk's links.</summary>
    Links,

    /// <summary>"who spoke on that?", "who gave it": who gave that talk, and where.</summary>
    Speakers,
}
