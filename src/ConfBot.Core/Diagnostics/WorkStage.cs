namespace ConfBot.Core.Diagnostics;

/// <summary>The long stages of reading notes into something that answers.</summary>
public enum WorkStage
{
    /// <summary>Notes files read, of those in the folder.</summary>
    ReadingNotes,

    /// <summary>Talks indexed for word search, of those read.</summary>
    Indexing,

    /// <summary>Texts given a meaning vector by the model, of those the vector store lacked.</summary>
    Embedding,
}
