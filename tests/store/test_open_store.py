from peksos_desk.store.schema import current_revision, head_revision


def test_new_store_is_created_at_head(database):
    assert current_revision(database) == head_revision()
