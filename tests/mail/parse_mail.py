#!/usr/bin/python3
"""Reads every message of a Maildir with Python's email package (independent of the code under test) and prints
them as JSON: envelope (X-MailFrom, X-RcptTo), decoded headers, bodies and attachments (name, type, SHA-256)."""
import email
import email.policy
import hashlib
import json
import mailbox
import re
import sys


def delivery_order(key):
    """Maildir names are "<seconds>.M<microseconds>P<pid>Q<count>.<host>" and the microseconds are not zero-padded,
    so sorting the names as text mixes up two messages received in the same second: sort on the numbers."""
    m = re.match(r"(\d+)\.M(\d+)P\d+Q(\d+)", key)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else (0, 0, 0)


def main():
    box = mailbox.Maildir(sys.argv[1], create=False)
    out = []
    # In the order the server received them.
    for key in sorted(box.keys(), key=delivery_order):
        raw = box.get_bytes(key)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        item = {
            "headerNames": [name.lower() for name in msg.keys()],
            "peer": str(msg.get("X-Peer", "")),
            "mailFrom": str(msg.get("X-MailFrom", "")),
            "rcptTo": [r.strip() for r in str(msg.get("X-RcptTo", "")).split(",") if r.strip()],
            "from": str(msg.get("From", "")),
            "to": str(msg.get("To", "")),
            "cc": str(msg.get("Cc", "")),
            "subject": str(msg.get("Subject", "")),
            "rawSubject": str(email.message_from_bytes(raw, policy=email.policy.compat32).get("Subject", "")),
            "messageId": str(msg.get("Message-ID", "")),
            "date": str(msg.get("Date", "")),
            "boundary": msg.get_boundary() or "",
            "defects": [type(d).__name__ for part in msg.walk() for d in part.defects],
            "text": "",
            "html": "",
            "attachments": [],
        }
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.get_content_disposition() == "attachment":
                data = part.get_payload(decode=True)
                item["attachments"].append({
                    "filename": part.get_filename(),
                    "contentType": part.get_content_type(),
                    "size": len(data),
                    "sha256": hashlib.sha256(data).hexdigest(),
                })
            elif part.get_content_type() == "text/plain":
                # MIME text is canonically CRLF; compare as a mail client shows it.
                item["text"] = part.get_content().replace("\r\n", "\n")
            elif part.get_content_type() == "text/html":
                item["html"] = part.get_content().replace("\r\n", "\n")
        out.append(item)
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
